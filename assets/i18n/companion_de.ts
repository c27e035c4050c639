<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../companion/startup/notices.py" line="+14"/>
        <source>Your earlier data file could not be read because {reason}. It has not been deleted: it is kept at {path}. Companion started a fresh, empty one.</source>
        <translation>Deine bisherige Datendatei ließ sich nicht lesen, weil {reason}. Sie wurde nicht gelöscht, sondern liegt unter {path}. Companion hat eine neue, leere angelegt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 check-in could not be read and was left as it is.</source>
        <translation>1 Check-in ließ sich nicht lesen und blieb unverändert in der Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} check-ins could not be read and were left as they are.</source>
        <translation>{n} Check-ins ließen sich nicht lesen und blieben unverändert in der Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 break could not be read and was left as it is.</source>
        <translation>1 Pause ließ sich nicht lesen und blieb unverändert in der Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} breaks could not be read and were left as they are.</source>
        <translation>{n} Pausen ließen sich nicht lesen und blieben unverändert in der Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 practice session could not be read and was left as it is.</source>
        <translation>1 Übungseinheit ließ sich nicht lesen und blieb unverändert in der Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} practice sessions could not be read and were left as they are.</source>
        <translation>{n} Übungseinheiten ließen sich nicht lesen und blieben unverändert in der Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 breathing pattern could not be read and was left as it is.</source>
        <translation>1 Atemmuster ließ sich nicht lesen und blieb unverändert in der Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} breathing patterns could not be read and were left as they are.</source>
        <translation>{n} Atemmuster ließen sich nicht lesen und blieben unverändert in der Datei.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../companion/desktop/autostart.py" line="+107"/>
        <source>Companion could not be added to the programs started at login.</source>
        <translation>Companion konnte nicht zu den Programmen hinzugefügt werden, die beim Anmelden starten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Companion could not be removed from the programs started at login.</source>
        <translation>Companion konnte nicht aus den Programmen entfernt werden, die beim Anmelden starten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting at login is not available on this system.</source>
        <translation>Das Starten beim Anmelden ist auf diesem System nicht möglich.</translation>
    </message>
</context>
<context>
    <name>BreakController</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+6"/>
        <source>{time} tomorrow</source>
        <translation>{time} (morgen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} yesterday</source>
        <translation>{time} (gestern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} on {day}</source>
        <translation>{time} am {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h {m} min</source>
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try a number of minutes like 20, a length like 1h 15m, or a time like 19:30.</source>
        <translation>Gib eine Zahl an Minuten wie 20 ein, eine Dauer wie 1h 15m oder eine Uhrzeit wie 19:30.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than a day</source>
        <translation>mehr als ein Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That would be {amount}. A break ends within 24 hours, because a longer wait can start to feel like a punishment. For a clock time, write it like 19:30.</source>
        <translation>Das wären {amount}. Eine Pause endet innerhalb von 24 Stunden, denn längeres Warten kann sich wie eine Strafe anfühlen. Eine Uhrzeit schreibst du so: 19:30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how long you need, or when you&apos;ll be back. {hint}</source>
        <translation>Sag, wie lange du brauchst oder wann du zurück bist. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That&apos;s longer than a time usually is. {hint}</source>
        <translation>Das ist länger, als eine Zeitangabe sonst ist. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” doesn&apos;t read as a time. {hint}</source>
        <translation>„{text}“ lässt sich nicht als Zeit lesen. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” has more than 59 minutes. {hint}</source>
        <translation>„{text}“ hat mehr als 59 Minuten. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock only goes up to 23:59, so “{text}” can&apos;t be used.</source>
        <translation>Die Uhr geht nur bis 23:59, darum geht „{text}“ nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With am or pm, the hour goes from 1 to 12, so “{text}” can&apos;t be used.</source>
        <translation>Mit am oder pm geht die Stunde von 1 bis 12, darum geht „{text}“ nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break needs at least a minute. {hint}</source>
        <translation>Eine Pause dauert mindestens eine Minute. {hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More time needs to be a number of minutes above zero.</source>
        <translation>Mehr Zeit muss eine Zahl an Minuten über null sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That&apos;s shorter than 20 minutes. Bodies usually need about 20 minutes to settle, so a little longer may help. A short break is still fine.</source>
        <translation>Das ist kürzer als 20 Minuten. Der Körper braucht meist etwa 20 Minuten, um sich zu beruhigen, etwas länger kann also helfen. Eine kurze Pause ist trotzdem in Ordnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clocks go forward that night, so {typed} doesn&apos;t happen; it is read as {read_as}.</source>
        <translation>In dieser Nacht wird die Uhr vorgestellt, {typed} gibt es also nicht; es gilt {read_as}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It&apos;s {time}, the time you agreed. Go back when you&apos;re ready, or ask for a little more time.</source>
        <translation>Es ist {time}, die vereinbarte Zeit. Geh zurück, wenn du bereit bist, oder bitte um etwas mehr Zeit.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No break is running.</source>
        <translation>Gerade läuft keine Pause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for your partner: {line}</source>
        <translation>Warten auf dein Gegenüber: {line}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>back at {time}, less than a minute left</source>
        <translation>zurück um {time}, noch weniger als eine Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back at {time}, {amount} left</source>
        <translation>zurück um {time}, noch {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back at {time} — that is now</source>
        <translation>zurück um {time} – das ist jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back at {time} — that was {amount} ago</source>
        <translation>zurück um {time} – das war vor {amount}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That time has already passed. Choose a new one.</source>
        <translation>Diese Uhrzeit ist schon vorbei. Wähle eine neue.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A break ends within 24 hours of its start, so at most {amount} can be added now.</source>
        <translation>Eine Pause endet spätestens 24 Stunden nach ihrem Beginn, deshalb können jetzt höchstens {amount} dazukommen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nearly time to go back</source>
        <translation>Bald Zeit, zurückzugehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} until {time}. Start finding your way back.</source>
        <translation>Noch {amount} bis {time}. Finde langsam deinen Weg zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to go back</source>
        <translation>Zeit, zurückzugehen</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <location filename="../../companion/ui/pause/break_flow.py" line="+93"/>
        <source>Take a break</source>
        <translation>Pause machen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Other words</source>
        <translation>Andere Worte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show other words to say</source>
        <translation>Andere Worte zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More choices</source>
        <translation>Weitere Möglichkeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own length or time, the kind of words, a check-in, the plan</source>
        <translation>Eigene Dauer oder Uhrzeit, die Art der Worte, ein Check-in, der Plan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: leave without a break</source>
        <translation>Nicht jetzt: ohne Pause weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+159"/>
        <location line="+7"/>
        <source>Start break</source>
        <translation>Pause beginnen</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>First say whether you mean {time}.</source>
        <translation>Sag zuerst, ob du {time} meinst.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your break has started. Back at {time}.</source>
        <translation>Deine Pause hat begonnen. Zurück um {time}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start {n}-minute break</source>
        <translation>{n}-Minuten-Pause beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>back at {time}</source>
        <translation>zurück um {time}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The break could not be saved, so its countdown has not started: {problem}
Everything you chose is still here. Press Start again in a moment.</source>
        <translation>Die Pause konnte nicht gespeichert werden, deshalb läuft ihr Countdown noch nicht: {problem}
Alles, was du gewählt hast, ist noch da. Drück gleich noch einmal auf „Pause beginnen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A break is already running. Its countdown is open.</source>
        <translation>Es läuft schon eine Pause. Ihr Countdown ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>BreakPage</name>
    <message>
        <location filename="../../companion/ui/pause/break_page.py" line="+137"/>
        <source>My partner is taking a break</source>
        <translation>Mein Gegenüber macht eine Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait well for your partner&apos;s return time (Ctrl+Shift+B)</source>
        <translation>Gut warten, bis dein Gegenüber zur vereinbarten Zeit zurück ist (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Welcome back to each other. Go gently.</source>
        <translation>Willkommen zurück beieinander. Geht behutsam miteinander um.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome back. You asked for more time, and came back at {time}.</source>
        <translation>Willkommen zurück. Du hast um mehr Zeit gebeten und bist um {time} zurückgekommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome back. You came back at {time}.</source>
        <translation>Willkommen zurück. Du bist um {time} zurückgekommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The break was called off. Nothing more to do for it.</source>
        <translation>Die Pause wurde abgesagt. Dafür ist nichts mehr zu tun.</translation>
    </message>
</context>
<context>
    <name>BreakTray</name>
    <message>
        <location filename="../../companion/ui/shell/tray.py" line="+65"/>
        <source>Take a break</source>
        <translation>Pause machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add 10 minutes</source>
        <translation>10 Minuten dazu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>I&apos;m back</source>
        <translation>Ich bin zurück</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>My partner is taking a break</source>
        <translation>Mein Gegenüber macht eine Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Companion</source>
        <translation>Companion öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion: {status}</source>
        <translation>Companion: {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No break is running</source>
        <translation>Gerade läuft keine Pause</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They&apos;re back</source>
        <translation>Wieder da</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No more time was added</source>
        <translation>Es wurde keine Zeit hinzugefügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More time was not saved</source>
        <translation>Die zusätzliche Zeit wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown now runs to {time}.</source>
        <translation>Der Countdown läuft jetzt bis {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let your partner know you&apos;ll be back at {time}.</source>
        <translation>Sag deinem Gegenüber, dass du um {time} zurück bist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More time: back at {time}</source>
        <translation>Mehr Zeit: zurück um {time}</translation>
    </message>
</context>
<context>
    <name>BreathShape</name>
    <message>
        <location filename="../../companion/ui/breathe/breath_shape.py" line="+29"/>
        <source>Breathing shape</source>
        <translation>Atemform</translation>
    </message>
</context>
<context>
    <name>BreathingPreset</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+194"/>
        <source>Longer exhale 4·6</source>
        <translation>Länger ausatmen 4·6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer exhale 4·8</source>
        <translation>Länger ausatmen 4·8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyclic sigh</source>
        <translation>Zyklisches Seufzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-7-8</source>
        <translation>4-7-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle 3·5</source>
        <translation>Sanft 3·5</translation>
    </message>
</context>
<context>
    <name>BridgeWords</name>
    <message>
        <location filename="../../companion/ui/pause/bridge_words.py" line="+48"/>
        <source>Say this, or send it:</source>
        <translation>Sag das, oder schick es:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to say before you go</source>
        <translation>Was du sagst, bevor du gehst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the words to say before you go</source>
        <translation>Die Worte zum Gehen kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy these words, to paste into a message</source>
        <translation>Diese Worte kopieren, um sie in eine Nachricht einzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update the words to the new time?</source>
        <translation>Die Worte an die neue Zeit anpassen?</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>These words name another time than {time}.</source>
        <translation>Diese Worte nennen eine andere Zeit als {time}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied. You can paste it into a message.</source>
        <translation>Kopiert. Du kannst es in eine Nachricht einfügen.</translation>
    </message>
</context>
<context>
    <name>CheckinEditDialog</name>
    <message>
        <location filename="../../companion/ui/insights/history_edit.py" line="+81"/>
        <source>Edit check-in</source>
        <translation>Check-in bearbeiten</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+27"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tag</source>
        <translation>Ohne Markierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Nicht festgehalten</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+21"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pattern</source>
        <translation>Muster</translation>
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
        <translation>Dieser Check-in konnte nicht gespeichert werden: {problem}
Alles, was du eingegeben hast, ist noch da; du kannst es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None (settled)</source>
        <translation>Keine (ruhig)</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <location filename="../../companion/ui/checkin/checkin_view.py" line="+91"/>
        <source>Which is closest to how you feel right now? Further out means stronger; the centre means settled.</source>
        <translation>Was kommt dem am nächsten, wie du dich gerade fühlst? Weiter außen heißt stärker; die Mitte heißt ruhig.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-151"/>
        <source>You may notice</source>
        <translation>Vielleicht bemerkst du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What may help now</source>
        <translation>Was jetzt helfen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start breathing</source>
        <translation>Atmen beginnen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin/checkin_view.py" line="+36"/>
        <source>No tag</source>
        <translation>Ohne Markierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Anything you want to remember (optional)</source>
        <translation>Was du dir merken willst (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The tips for each state could not be loaded, so only the wheel is here for now. Your check-ins still save as usual.</source>
        <translation>Die Hinweise zu den Zuständen ließen sich nicht laden, deshalb gibt es vorerst nur das Rad. Deine Check-ins werden wie gewohnt gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details: {error}</source>
        <translation>Einzelheiten: {error}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Choose a place on the wheel first.</source>
        <translation>Wähle zuerst eine Stelle auf dem Rad.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/labels.py" line="+109"/>
        <source>This note is too long to save ({count}). Please shorten it a little.</source>
        <translation>Diese Notiz ist zu lang zum Speichern ({count}). Bitte kürze sie ein wenig.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin/checkin_view.py" line="+10"/>
        <source>This check-in is already saved.</source>
        <translation>Dieser Check-in ist schon gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This check-in could not be saved: {problem}
Everything you entered is still here; you can try again.</source>
        <translation>Dieser Check-in konnte nicht gespeichert werden: {problem}
Alles, was du eingegeben hast, ist noch da; du kannst es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved at {time}.</source>
        <translation>Gespeichert um {time}.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose a place on the wheel</source>
        <translation>Wähle eine Stelle auf dem Rad</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+1"/>
        <source>Pointing at a part of the wheel shows what it can feel like.</source>
        <translation>Zeigst du auf einen Teil des Rads, siehst du, wie er sich anfühlen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start breathing ({minutes} min)</source>
        <translation>Atmen beginnen ({minutes} Min.)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/labels.py" line="-6"/>
        <source>{count} / {limit} characters</source>
        <extracomment>The translation context of the state names (the wheel&apos;s, where they were first written). The English names are ``companion.core.states.STATE_NAMES``; packaging/extract_strings.py lists them for the translation tools. The translation context of the note length texts (the check-in page&apos;s).</extracomment>
        <translation>{count} / {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>CheckinWheel</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+172"/>
        <source>Fight</source>
        <translation>Kampf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight</source>
        <translation>Flucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze</source>
        <translation>Erstarren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fawn</source>
        <translation>Beschwich­tigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin/wheel_words.py" line="+21"/>
        <source>very mild</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mild</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strong</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{word} ({n} of {total})</source>
        <translation>{word} ({n} von {total})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{state}, strength {n} of {total}</source>
        <translation>{state}, Stärke {n} von {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chosen.</source>
        <translation>Gewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen: {strength}.</source>
        <translation>Gewählt: {strength}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You may notice: {signs}.</source>
        <translation>Vielleicht bemerkst du: {signs}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre of the wheel. Key 0.</source>
        <translation>Die Mitte des Rads. Taste 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key {key}. Further out means stronger.</source>
        <translation>Taste {key}. Weiter außen heißt stärker.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin/checkin_wheel.py" line="+316"/>
        <source>Keys 1 to 4 choose fight, flight, freeze or fawn, and 0 settled. Plus and minus change the strength. Enter saves.</source>
        <translation>Die Tasten 1 bis 4 wählen Kampf, Flucht, Erstarren oder Beschwichtigen, 0 wählt ruhig. Plus und Minus ändern die Stärke. Die Eingabetaste speichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in wheel, nothing chosen yet</source>
        <translation>Check-in-Rad, noch nichts gewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in wheel, chosen: {choice}</source>
        <translation>Check-in-Rad, gewählt: {choice}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chosen: {choice}.</source>
        <translation>Gewählt: {choice}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin/wheel_access.py" line="+87"/>
        <source>Choose</source>
        <translation>Wählen</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../../companion/desktop/i18n.py" line="+112"/>
        <source>Your own copy {path} could not be used, so Companion&apos;s own is shown: {why}</source>
        <translation>Deine eigene Fassung {path} ließ sich nicht verwenden, deshalb zeigt Companion seine eigene: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The translation ({language}) {path} is missing, so this part is in English.</source>
        <translation>Die Übersetzung ({language}) {path} fehlt, deshalb ist dieser Teil auf Englisch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation ({language}) could not be used, so this part is in English: {why}</source>
        <translation>Die Übersetzung ({language}) ließ sich nicht verwenden, deshalb ist dieser Teil auf Englisch: {why}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A text file could not be used: {why}</source>
        <translation>Eine Textdatei ließ sich nicht verwenden: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} could not be used: {why}</source>
        <translation>Die Datei {path} ließ sich nicht verwenden: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is missing.</source>
        <translation>die Datei fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read.</source>
        <translation>die Datei lässt sich nicht lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not saved as UTF-8 text.</source>
        <translation>die Datei ist nicht als UTF-8-Text gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not written in valid TOML.</source>
        <translation>die Datei ist kein gültiges TOML.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its tables or lists are nested too deeply.</source>
        <translation>ihre Tabellen oder Listen sind zu tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a section, entry or line it needs is missing or wrong.</source>
        <translation>ein Abschnitt, Eintrag oder eine Zeile, die sie braucht, fehlt oder stimmt nicht.</translation>
    </message>
</context>
<context>
    <name>CountdownView</name>
    <message>
        <location filename="../../companion/ui/pause/countdown_view.py" line="+92"/>
        <source>No break is running.</source>
        <translation>Gerade läuft keine Pause.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow breathing with a longer breath out</source>
        <translation>Langsam atmen, mit längerem Ausatmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I need more time</source>
        <translation>Ich brauche mehr Zeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m back</source>
        <translation>Ich bin zurück</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Your break</source>
        <translation>Deine Pause</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share…</source>
        <translation>Teilen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the words as a QR code, or add to a calendar</source>
        <translation>Die Worte als QR-Code zeigen oder in einen Kalender eintragen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Call off this break</source>
        <translation>Diese Pause abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the break without a return; it is recorded as called off</source>
        <translation>Die Pause ohne Rückkehr beenden; sie wird als abgebrochen festgehalten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>was the time</source>
        <translation>war die Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left</source>
        <translation>übrig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>back at {time}</source>
        <translation>zurück um {time}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Call off this break?</source>
        <translation>Diese Pause abbrechen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The countdown stops, and this break is saved as called off rather than as a return.</source>
        <translation>Der Countdown hält an, und die Pause wird als abgebrochen gespeichert, nicht als Rückkehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call off the break</source>
        <translation>Pause absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the break</source>
        <translation>Pause behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The break could not be called off, so it is still running: {problem}
Try again in a moment.</source>
        <translation>Die Pause konnte nicht abgebrochen werden und läuft noch: {problem}
Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take your time. Your return time is set.</source>
        <translation>Lass dir Zeit. Deine Rückkehrzeit steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearly time. Start finding your way back.</source>
        <translation>Bald ist es Zeit. Finde langsam deinen Weg zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It&apos;s {time}, the time you agreed. Go back when you&apos;re ready.</source>
        <translation>Es ist {time}, die vereinbarte Zeit. Geh zurück, wenn du bereit bist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It&apos;s past {time}. Go back when you can, and say you&apos;re here.</source>
        <translation>Es ist nach {time}. Geh zurück, wenn du kannst, und sag, dass du da bist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>It&apos;s {time}, the time you agreed.</source>
        <translation>Es ist {time}, die vereinbarte Zeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min left, back at {time}.</source>
        <translation>Noch {n} Min., zurück um {time}.</translation>
    </message>
</context>
<context>
    <name>DailyReminder</name>
    <message>
        <location filename="../../companion/services/reminders.py" line="+126"/>
        <source>Time for your practice</source>
        <translation>Zeit für deine Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few calm minutes of breathing today make it easier to settle when a hard moment comes.</source>
        <translation>Ein paar ruhige Minuten Atmen heute machen es leichter, zur Ruhe zu kommen, wenn ein schwerer Moment kommt.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-62"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Export your data</source>
        <translation>Deine Daten exportieren</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>This kind of file cannot be exported.</source>
        <translation>Diese Art von Datei kann nicht exportiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is a folder. Choose a file name instead.</source>
        <translation>{target} ist ein Ordner. Bitte wähle stattdessen einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is not a plain file, so it was left as it is. Choose another name.</source>
        <translation>{target} ist keine gewöhnliche Datei und bleibt daher unverändert. Bitte wähle einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {target} does not exist.</source>
        <translation>Den Ordner {target} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no permission to write {target}. Choose another folder.</source>
        <translation>Es fehlt die Berechtigung, {target} zu schreiben. Bitte wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no space left to write {target}.</source>
        <translation>Es ist kein Speicherplatz mehr frei, um {target} zu schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is on a drive that can only be read.</source>
        <translation>{target} liegt auf einem Laufwerk, das nur gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} could not be written.</source>
        <translation>{target} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data file is damaged, so no export was written. When Companion next opens, it keeps the damaged file aside (nothing is deleted) and starts a new one.</source>
        <translation>Deine Datendatei ist beschädigt, deshalb wurde kein Export geschrieben. Beim nächsten Öffnen legt Companion die beschädigte Datei beiseite (es wird nichts gelöscht) und beginnt eine neue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data file could not be read just now, so no export was written. Please try again.</source>
        <translation>Deine Datendatei konnte gerade nicht gelesen werden, deshalb wurde kein Export geschrieben. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your settings</source>
        <translation>deine Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some data could not be erased: {left}.</source>
        <translation>Einige Daten konnten nicht gelöscht werden: {left}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting your data…</source>
        <translation>Deine Daten werden exportiert …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the chart failed</source>
        <translation>Das Diagramm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all data?</source>
        <translation>Alle Daten löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This erases every check-in, break and practice session, your own breathing patterns and your settings, from this computer. It cannot be undone.

If you want a copy, export your data first.</source>
        <translation>Damit werden alle Check-ins, Pausen und Übungen, deine eigenen Atemmuster und deine Einstellungen von diesem Computer gelöscht. Das lässt sich nicht rückgängig machen.

Wenn du eine Kopie möchtest, exportiere deine Daten vorher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not everything was deleted</source>
        <translation>Es wurde nicht alles gelöscht</translation>
    </message>
</context>
<context>
    <name>DurationChoice</name>
    <message>
        <location filename="../../companion/ui/pause/duration_choice.py" line="+31"/>
        <source>How long do you need?</source>
        <translation>Wie lange brauchst du?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Break of {amount}</source>
        <translation>Pause von {amount}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Back at {time}</source>
        <translation>Zurück um {time}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../companion/ui/shell/help_dialog.py" line="+26"/>
        <source># Help

Breaks are for heated talks between people who are safe with each other. If you are in danger, leave, go somewhere safe and call for help.</source>
        <translation># Hilfe

Pausen sind für hitzige Gespräche zwischen Menschen, die miteinander sicher sind. Wenn du in Gefahr bist, geh, bring dich in Sicherheit und hol dir Hilfe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How breaks work, and when not</source>
        <translation>Wie Pausen helfen – und wann nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <location filename="../../companion/ui/insights/history_filters.py" line="+35"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates shown</source>
        <translation>Gezeigter Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Between dates</source>
        <translation>Zwischen zwei Daten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+52"/>
        <source>During a break</source>
        <translation>Während einer Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before returning</source>
        <translation>Vor dem Zurückkommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After returning</source>
        <translation>Nach dem Zurückkommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily practice</source>
        <translation>Tägliche Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m pursuing</source>
        <translation>Ich dränge nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m withdrawing</source>
        <translation>Ich ziehe mich zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/history_model.py" line="+233"/>
        <source>When</source>
        <extracomment>Entries read from the store at a time (more load as the list scrolls). Emitted with a user-fit message when the store refused a change. Emitted with the note&apos;s length when an edited note is over MAX_NOTE_CHARS (not saved).</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-181"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{state}, {n} of 5</source>
        <translation>{state}, {n} von 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>came back</source>
        <translation>zurückgekommen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>came back after asking for more time</source>
        <translation>nach einer Bitte um mehr Zeit zurückgekommen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Waiting for your partner</source>
        <translation>Warten aufs Gegenüber</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>called off</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They said back at {time}: waiting now</source>
        <translation>Zurück um {time}, so war es gesagt: Warten läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They said back at {time}: stopped waiting</source>
        <translation>Zurück um {time}, so war es gesagt: Warten beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They said back at {time}</source>
        <translation>Zurück um {time}, so war es gesagt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back at {time}: {result}</source>
        <translation>Zurück um {time}: {result}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no space left on the disk.</source>
        <translation>Auf dem Datenträger ist kein Platz mehr frei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data file can only be read at the moment.</source>
        <translation>Die Datendatei kann im Moment nur gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data file was busy. Please try again in a moment.</source>
        <translation>Die Datendatei war gerade belegt. Bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data file seems damaged.</source>
        <translation>Die Datendatei scheint beschädigt zu sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data file could not be written. Please try again.</source>
        <translation>In die Datendatei konnte nicht geschrieben werden. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry was not deleted. {reason}</source>
        <translation>Dieser Eintrag wurde nicht gelöscht. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was not saved. {reason}</source>
        <translation>Die Notiz wurde nicht gespeichert. {reason}</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pattern}, {length}, finished</source>
        <translation>{pattern}, {length}, beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pattern}, {length}, stopped early</source>
        <translation>{pattern}, {length}, vorzeitig beendet</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../companion/ui/insights/history_view.py" line="+103"/>
        <source>Saved entries</source>
        <extracomment>Seconds an undo stays offered after a delete. Rows the column widths are fitted to (the first screen and some).</extracomment>
        <translation>Gespeicherte Einträge</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected check-in (Enter)</source>
        <translation>Den gewählten Check-in ändern (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected entries (Delete key)</source>
        <translation>Die gewählten Einträge löschen (Entf-Taste)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Entry deleted.</source>
        <translation>Eintrag gelöscht.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} entries deleted.</source>
        <translation>{n} Einträge gelöscht.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../companion/ui/insights/insights_page.py" line="+31"/>
        <location line="+2"/>
        <source>Insights</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charts</source>
        <extracomment>The History tab&apos;s page; the list itself is made in it when first needed.</extracomment>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+9"/>
        <source>Time to look back on</source>
        <translation>Zeitraum für den Rückblick</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By time of day</source>
        <translation>Nach Tageszeit</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Night 0-6, morning 6-12, afternoon 12-18, evening 18-24, in the local time of each check-in.</source>
        <translation>Nacht 0-6, Morgen 6-12, Nachmittag 12-18, Abend 18-24, jeweils in der Ortszeit des Check-ins.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>How to group the check-ins</source>
        <translation>Wie die Check-ins gruppiert werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Breathing practice</source>
        <translation>Atemübung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/insights_view.py" line="+160"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-29"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By state</source>
        <translation>Nach Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By weekday</source>
        <translation>Nach Wochentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By strength</source>
        <translation>Nach Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afternoon</source>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly at night.</source>
        <translation>Meistens nachts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly in the morning.</source>
        <translation>Meistens morgens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly in the afternoon.</source>
        <translation>Meistens nachmittags.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly in the evening.</source>
        <translation>Meistens abends.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How often each state came up</source>
        <translation>Wie oft jeder Zustand vorkam</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Minutes of breathing practice per day</source>
        <translation>Minuten Atemübung pro Tag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/insights_view.py" line="-61"/>
        <source>Charts</source>
        <extracomment>How long writes are gathered before a visible view re-queries (a burst redraws once).</extracomment>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing the charts…</source>
        <translation>Die Diagramme werden gezeichnet …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+3"/>
        <source>No check-ins in this time yet. The wheel is there whenever you want it.</source>
        <translation>In diesem Zeitraum gibt es noch keine Check-ins. Das Rad ist da, wann immer du es brauchst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{state} came up most often: {count} of {total} check-ins.</source>
        <translation>{state} kam am häufigsten vor: {count} von {total} Check-ins.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength {n}</source>
        <translation>Stärke {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled check-ins have no strength, so they are not in this chart: {n}.</source>
        <translation>Ruhige Check-ins haben keine Stärke und fehlen deshalb in diesem Diagramm: {n}.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Current streak: 1 day.</source>
        <translation>Aktuelle Serie: 1 Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak: {n} days.</source>
        <translation>Aktuelle Serie: {n} Tage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(A single missed day does not break it.)</source>
        <translation>(Ein einzelner ausgelassener Tag unterbricht sie nicht.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breathing practice in this time. A few minutes with the pacer count.</source>
        <translation>In diesem Zeitraum gab es keine Atemübung. Schon ein paar Minuten mit dem Atemtakt zählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{seconds} seconds on {days} of {span} days.</source>
        <translation>{seconds} Sekunden an {days} von {span} Tagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} minutes on {days} of {span} days.</source>
        <translation>{minutes} Minuten an {days} von {span} Tagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited for your partner&apos;s return: {n}.</source>
        <translation>Auf die Rückkehr des Gegenübers gewartet: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breaks in this time.</source>
        <translation>In diesem Zeitraum gab es keine Pausen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken: {n}.</source>
        <translation>Genommene Pausen: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back to the talk: {n}.</source>
        <translation>Zurück zum Gespräch: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More time was asked for: {n}.</source>
        <translation>Um mehr Zeit gebeten: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called off: {n}.</source>
        <translation>Abgebrochen: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When more time was needed, it was {m} minutes on average.</source>
        <translation>Wenn mehr Zeit nötig war, waren es im Schnitt {m} Minuten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a break: {settled} settled, {calmer} calmer, {same} about the same, {stronger} stronger.</source>
        <translation>Nach einer Pause: {settled}-mal ruhig, {calmer}-mal ruhiger, {same}-mal etwa gleich, {stronger}-mal stärker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength changed by {shift} on average (0 to 5).</source>
        <translation>Die Stärke änderte sich im Schnitt um {shift} (0 bis 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing saved in this time ({when}).

Choose a longer time above, or check in on the wheel, take a break, or breathe with the pacer for a few minutes.</source>
        <translation>In diesem Zeitraum ({when}) ist nichts gespeichert.

Wähle oben einen längeren Zeitraum, oder checke am Rad ein, mach eine Pause oder atme ein paar Minuten mit dem Atemtakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here yet.

Check in on the wheel when you notice how you feel, take a break when a talk gets too heated, or breathe with the pacer for a few minutes. This page will then show which states visit you most and when, how your breaks go, and how regular your practice is.</source>
        <translation>Hier ist noch nichts.

Checke am Rad ein, wenn du merkst, wie du dich fühlst, mach eine Pause, wenn ein Gespräch zu hitzig wird, oder atme ein paar Minuten mit dem Atemtakt. Diese Seite zeigt dir dann, welche Zustände dich am häufigsten besuchen und wann, wie deine Pausen verlaufen und wie regelmäßig du übst.</translation>
    </message>
</context>
<context>
    <name>LazyPage</name>
    <message>
        <location filename="../../companion/ui/shell/lazy_page.py" line="+40"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+68"/>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our plan</source>
        <translation>Unser Plan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s (Ctrl+%d)</source>
        <translation>%s (Strg+%d)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Take a break</source>
        <translation>Pause machen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Step away now and agree when you will be back (Ctrl+B)</source>
        <translation>Jetzt eine Pause machen und vereinbaren, wann du zurück bist (Strg+B)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back to the break</source>
        <translation>Zurück zur Pause</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+2"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+1"/>
        <source>&amp;About Companion</source>
        <translation>&amp;Über Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How breaks work, and when not</source>
        <translation>&amp;Wie Pausen helfen – und wann nicht</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+150"/>
        <source>Waiting for your partner: %s</source>
        <translation>Warten auf dein Gegenüber: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your break is running: %s</source>
        <translation>Deine Pause läuft: %s</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+1"/>
        <source>About Companion</source>
        <translation>Über Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Companion %s&lt;/h3&gt;&lt;p&gt;For stepping away well when a fight floods you, and for a few minutes of calm practice each day.&lt;/p&gt;&lt;p&gt;Everything you enter stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Companion %s&lt;/h3&gt;&lt;p&gt;Damit du gut aus einem Streit aussteigen kannst, wenn er dich überflutet, und für ein paar ruhige Minuten Übung jeden Tag.&lt;/p&gt;&lt;p&gt;Alles, was du eingibst, bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../companion/startup/desktop.py" line="+165"/>
        <source>Export data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export data as &amp;JSON…</source>
        <translation>Daten als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete all data…</source>
        <translation>Alle Daten &amp;löschen…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../companion/startup/breaks.py" line="+158"/>
        <source>It stays in the tray to remind you to practise. Quit is in its menu.</source>
        <translation>Es bleibt im Infobereich der Kontrollleiste, um dich ans Üben zu erinnern. Beenden findest du in seinem Menü.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Companion is still here</source>
        <translation>Companion ist noch da</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Your break is still running. Find Companion in the tray.</source>
        <translation>Deine Pause läuft noch. Du findest Companion im Infobereich der Kontrollleiste.</translation>
    </message>
</context>
<context>
    <name>MoreChoices</name>
    <message>
        <location filename="../../companion/ui/pause/more_choices.py" line="+29"/>
        <source>Kind of words:</source>
        <translation>Art der Worte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of words</source>
        <translation>Art der Worte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain words</source>
        <translation>Schlichte Worte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I tend to push to sort it out</source>
        <translation>Ich dränge eher darauf, es gleich zu klären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I tend to go quiet or leave</source>
        <translation>Ich werde eher still oder gehe weg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in first</source>
        <translation>Erst einchecken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>While you&apos;re away:</source>
        <translation>Während du weg bist:</translation>
    </message>
</context>
<context>
    <name>MoreTimePanel</name>
    <message>
        <location filename="../../companion/ui/pause/more_time.py" line="+36"/>
        <source>+10 min</source>
        <translation>+10 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+20 min</source>
        <translation>+20 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or:</source>
        <translation>Oder:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes to add</source>
        <translation>Minuten dazu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the chosen minutes</source>
        <translation>Die gewählten Minuten hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ask for {n} more minutes</source>
        <translation>Um {n} Minuten mehr bitten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>More time saved: back at {time}.</source>
        <translation>Mehr Zeit gespeichert: zurück um {time}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The extra time could not be saved: {problem}</source>
        <translation>Die zusätzliche Zeit konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The extra time could not be saved, so your return time is still {time}: {problem}
Try again in a moment.</source>
        <translation>Die zusätzliche Zeit konnte nicht gespeichert werden, deine Rückkehrzeit ist also weiter {time}: {problem}
Versuch es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>NamedTabBar</name>
    <message>
        <location filename="../../companion/ui/shell/named_tab_bar.py" line="+74"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>PacerView</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-167"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more in</source>
        <translation>Noch ein wenig ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold gently</source>
        <translation>Sanft halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out slowly</source>
        <translation>Langsam ausatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathe/pacer_view.py" line="+86"/>
        <source>Ready when you are.</source>
        <translation>Bereit, wenn du es bist.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+14"/>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length</source>
        <translation>Dauer der Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-ended</source>
        <translation>Ohne Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ease in from a faster pace</source>
        <translation>Sanft aus einem schnelleren Takt beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start near 10 breaths a minute and slow down over the first minute.</source>
        <translation>Mit etwa 10 Atemzügen pro Minute beginnen und in der ersten Minute langsamer werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathe/pacer_view.py" line="-23"/>
        <source>Breathing pacer</source>
        <translation>Atemtaktgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space starts or pauses, Escape stops.</source>
        <translation>Leertaste startet oder pausiert, Escape beendet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Progress through this part of the breath</source>
        <translation>Fortschritt in diesem Teil des Atemzugs</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-18"/>
        <source>Retry sound</source>
        <translation>Ton erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space starts, pauses and resumes</source>
        <translation>Leertaste startet, hält an und setzt fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc stops</source>
        <translation>Esc beendet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Breathe normally</source>
        <translation>Normal atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you feel dizzy, tingly, or any discomfort in your chest, stop and breathe normally.</source>
        <translation>Wenn dir schwindlig wird, es kribbelt oder du ein unangenehmes Gefühl in der Brust hast, hör auf und atme normal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit patterns…</source>
        <translation>Muster bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} breaths a minute · in : out {ratio}</source>
        <translation>{rate} Atemzüge pro Minute · ein : aus {ratio}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The breath out is not longer than the breath in, so this may calm less.</source>
        <translation>Das Ausatmen ist nicht länger als das Einatmen, daher beruhigt dieses Muster vielleicht weniger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> breaths</source>
        <translation> Atemzüge</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathe/pacer_view.py" line="+70"/>
        <source>Paused. Press Space to go on.</source>
        <translation>Angehalten. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Breathe in your own way now, nothing to follow. If you felt dizzy or tingly, sit and rest a moment; it passes.</source>
        <translation>Atme jetzt auf deine eigene Weise, es gibt nichts zu folgen. Wenn dir schwindlig war oder es gekribbelt hat, setz dich und ruh dich einen Moment aus; es geht vorbei.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-27"/>
        <source>{n} s left</source>
        <translation>noch {n} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} breaths a minute</source>
        <translation>{rate} Atemzüge pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{elapsed} of {total}</source>
        <translation>{elapsed} von {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phase}, {n} seconds</source>
        <translation>{phase}, {n} Sekunden</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathe/pacer_view.py" line="+122"/>
        <source>This session cannot be saved to your log: {reason}</source>
        <translation>Diese Übung kann nicht in deinem Verlauf gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That is the whole session. Let your breath find its own pace.</source>
        <translation>Das war die ganze Übung. Lass deinen Atem seinen eigenen Takt finden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. You can start again whenever you like.</source>
        <translation>Beendet. Du kannst jederzeit wieder anfangen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The end of this session could not be saved: {reason}</source>
        <translation>Das Ende dieser Übung konnte nicht gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <location filename="../../companion/ui/breathe/pattern_editor.py" line="+83"/>
        <source>Your breathing patterns</source>
        <translation>Deine Atemmuster</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your patterns</source>
        <translation>Deine Muster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New pattern</source>
        <translation>Neues Muster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For example: Evening calm</source>
        <translation>Zum Beispiel: Abendruhe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-up breath in</source>
        <translation>Zusätzlich nachatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after breathing in</source>
        <translation>Halten nach dem Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest after breathing out</source>
        <translation>Ruhen nach dem Ausatmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short second breath in on top of the first, 0.5 to 5 seconds.</source>
        <translation>Ein kurzes zweites Einatmen nach dem ersten, 0,5 bis 5 Sekunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note about this pattern</source>
        <translation>Hinweis zu diesem Muster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with this pattern</source>
        <translation>Problem mit diesem Muster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save pattern</source>
        <translation>Muster speichern</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unnamed</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the pattern a name.</source>
        <translation>Gib dem Muster einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A preset already has that name; please choose another.</source>
        <translation>Eine Vorlage hat schon diesen Namen; bitte wähle einen anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already have a pattern called “{name}”.</source>
        <translation>Du hast schon ein Muster namens „{name}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{cycle} s per breath · {rate} breaths a minute · in : out {ratio} · written {spec}</source>
        <translation>{cycle} s pro Atemzug · {rate} Atemzüge pro Minute · ein : aus {ratio} · geschrieben {spec}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The breath out ({exhale} s) is not longer than the breath in ({inhale} s). A breath out that is longer than the breath in is what helps the body slow down, so this pattern may feel less calming.</source>
        <translation>Das Ausatmen ({exhale} s) ist nicht länger als das Einatmen ({inhale} s). Gerade ein längeres Ausatmen hilft dem Körper, langsamer zu werden; dieses Muster beruhigt deshalb vielleicht weniger.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” is back.</source>
        <translation>„{name}“ ist wieder da.</translation>
    </message>
</context>
<context>
    <name>PatternProblem</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+177"/>
        <source>A phase length must be a number of seconds.</source>
        <translation>Die Länge eines Abschnitts muss eine Zahl in Sekunden sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phase length must be a real number of seconds.</source>
        <translation>Die Länge eines Abschnitts muss eine echte Zahl in Sekunden sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use steps of a tenth of a second (got {seconds}).</source>
        <translation>Bitte in Schritten von einer Zehntelsekunde ({seconds} geht nicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of phase.</source>
        <translation>Diese Art von Abschnitt gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phase cannot last less than zero seconds.</source>
        <translation>Ein Abschnitt kann nicht kürzer als null Sekunden sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {word} must last {low} to {high} seconds (this one is {seconds}).</source>
        <translation>{word}: {low} bis {high} Sekunden sind möglich (hier sind es {seconds}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pattern is a sequence of phases.</source>
        <translation>Ein Muster ist eine Folge von Abschnitten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A breath goes: in, optional top-up, optional hold, out, optional rest.</source>
        <translation>Ein Atemzug geht so: ein, wenn du magst nachatmen, wenn du magst halten, aus, wenn du magst Pause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole breath must take {low} to {high} seconds (this one takes {seconds}).</source>
        <translation>Ein ganzer Atemzug dauert {low} bis {high} Sekunden (dieser dauert {seconds}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a number of seconds. Write a pattern as 2 to 4 numbers of seconds: in, hold, out, rest, like 4-6, 4-7-8 or 4-0-6-0. Add a short top-up breath with +, like 3+1-8.</source>
        <translation>„{text}“ ist keine Zahl in Sekunden. Schreib ein Muster als 2 bis 4 Zahlen in Sekunden: ein, halten, aus, Pause, etwa 4-6, 4-7-8 oder 4-0-6-0. Einen kurzen Nachatmer fügst du mit + an, etwa 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use steps of a tenth of a second, like 4.5 (not {text}).</source>
        <translation>Bitte in Schritten von einer Zehntelsekunde, etwa 4,5 (nicht {text}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pattern must be text, like 4-6.</source>
        <translation>Ein Muster ist Text, etwa 4-6.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pattern is empty. Write a pattern as 2 to 4 numbers of seconds: in, hold, out, rest, like 4-6, 4-7-8 or 4-0-6-0. Add a short top-up breath with +, like 3+1-8.</source>
        <translation>Das Muster ist leer. Schreib ein Muster als 2 bis 4 Zahlen in Sekunden: ein, halten, aus, Pause, etwa 4-6, 4-7-8 oder 4-0-6-0. Einen kurzen Nachatmer fügst du mit + an, etwa 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That pattern is too long. Write a pattern as 2 to 4 numbers of seconds: in, hold, out, rest, like 4-6, 4-7-8 or 4-0-6-0. Add a short top-up breath with +, like 3+1-8.</source>
        <translation>Dieses Muster ist zu lang. Schreib ein Muster als 2 bis 4 Zahlen in Sekunden: ein, halten, aus, Pause, etwa 4-6, 4-7-8 oder 4-0-6-0. Einen kurzen Nachatmer fügst du mit + an, etwa 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a pattern as 2 to 4 numbers of seconds: in, hold, out, rest, like 4-6, 4-7-8 or 4-0-6-0. Add a short top-up breath with +, like 3+1-8.</source>
        <translation>Schreib ein Muster als 2 bis 4 Zahlen in Sekunden: ein, halten, aus, Pause, etwa 4-6, 4-7-8 oder 4-0-6-0. Einen kurzen Nachatmer fügst du mit + an, etwa 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one top-up breath can follow the breath in, like 3+1-8.</source>
        <translation>Auf das Einatmen kann nur ein Nachatmer folgen, etwa 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A top-up breath (+) can only follow the breath in, like 3+1-8.</source>
        <translation>Ein Nachatmer (+) kann nur auf das Einatmen folgen, etwa 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pattern must be text, like exhale-4-6 or 4-6.</source>
        <translation>Ein Muster ist Text, etwa exhale-4-6 oder 4-6.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} The presets are: {names}.</source>
        <translation>{problem} Die Vorlagen sind: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breath in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-up breath</source>
        <translation>Nachatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breath out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>Pause</translation>
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
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No messages during a pause</source>
        <translation>Keine Nachrichten während einer Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One short message halfway</source>
        <translation>Eine kurze Nachricht nach der halben Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message only if it is needed</source>
        <translation>Eine Nachricht nur, wenn es nötig ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The one who asked for the pause</source>
        <translation>Wer um die Pause gebeten hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one who stayed</source>
        <translation>Wer geblieben ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whoever is ready first</source>
        <translation>Wer zuerst bereit ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rather not say</source>
        <translation>Lieber nicht festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I tend to push to sort it out</source>
        <translation>Ich dränge eher darauf, es gleich zu klären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I tend to go quiet</source>
        <translation>Ich werde eher still</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-59"/>
        <source>Name (optional)</source>
        <translation>Name (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a fight</source>
        <translation>Im Streit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where I go</source>
        <translation>Wohin ich gehe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I do during a pause:</source>
        <translation>Was ich in einer Pause tue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something of my own, e.g. music, a shower</source>
        <translation>Etwas Eigenes, z. B. Musik, eine Dusche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something of my own</source>
        <translation>Etwas Eigenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to:</source>
        <translation>Geht nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a pause:</source>
        <translation>In einer Pause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not filled in yet</source>
        <translation>Noch nicht ausgefüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gesture</source>
        <translation>eine Geste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a word</source>
        <translation>ein Wort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pause usually lasts</source>
        <translation>Eine Pause dauert meist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never longer than</source>
        <translation>Nie länger als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages during a pause</source>
        <translation>Nachrichten während einer Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the return time, who reaches out</source>
        <translation>Zur vereinbarten Zeit meldet sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either of us may call a pause. Taking one is keeping our agreement, not leaving, and we come back at the time we said.</source>
        <translation>Jede und jeder von uns darf eine Pause ausrufen. Wer sie nimmt, hält sich an unsere Abmachung und geht nicht weg, und wir kommen zur gesagten Zeit zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Our pause plan</source>
        <translation>Unser Pausenplan</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Made together, when we were both calm.</source>
        <translation>Gemeinsam gemacht, als wir beide ruhig waren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our signal</source>
        <translation>Unser Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we come back</source>
        <translation>Wie wir zurückkommen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A pause works best when it lasts at least {shortest}: that is how long a body needs to settle.</source>
        <translation>Eine Pause hilft am besten, wenn sie mindestens {shortest} dauert: So lange braucht der Körper, um zur Ruhe zu kommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest pause should be at least {shortest}, so there is time to settle.</source>
        <translation>Die längste Pause sollte mindestens {shortest} dauern, damit Zeit bleibt, ruhig zu werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>A pause should end within {longest}; longer starts to feel like being shut out.</source>
        <translation>Eine Pause sollte nach spätestens {longest} enden; länger fühlt sich bald wie Ausgeschlossensein an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest pause is shorter than the usual one. Make it at least as long.</source>
        <translation>Die längste Pause ist kürzer als die übliche. Macht sie mindestens genauso lang.</translation>
    </message>
</context>
<context>
    <name>PlanChecklist</name>
    <message>
        <location filename="../../companion/ui/pause/plan_checklist.py" line="+24"/>
        <source>Your plan:</source>
        <translation>Dein Plan:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>That change to your plan could not be saved, so it is shown as before: {problem}
Try again in a moment.</source>
        <translation>Diese Änderung an deinem Plan konnte nicht gespeichert werden, er wird deshalb wie vorher gezeigt: {problem}
Versuch es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>PlanHook</name>
    <message>
        <location filename="../../companion/ui/pause/plan_hook.py" line="+48"/>
        <source>“{signal}”: that&apos;s our word for a pause, as we agreed. {sentence}</source>
        <translation>„{signal}“: Das ist unser Wort für eine Pause, so wie wir es abgemacht haben. {sentence}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Our words: {opener}</source>
        <translation>Unsere Worte: {opener}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>As we agreed in our plan:</source>
        <translation>So haben wir es in unserem Plan vereinbart:</translation>
    </message>
</context>
<context>
    <name>PlanItem</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+1"/>
        <source>Take a short walk</source>
        <translation>Einen kurzen Spaziergang machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe with the pacer</source>
        <translation>Mit dem Atemtakt atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drink a glass of water</source>
        <translation>Ein Glas Wasser trinken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground yourself: feet on the floor, name what you see</source>
        <translation>Dich erden: Füße auf den Boden, benenne, was du siehst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something warm or cold: a warm mug, cool water on your face</source>
        <translation>Etwas Warmes oder Kaltes: eine warme Tasse, kühles Wasser im Gesicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the argument rest: no rehearsing what to say</source>
        <translation>Den Streit ruhen lassen: nicht im Kopf proben, was du sagen willst</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../companion/ui/plan/plan_page.py" line="+62"/>
        <location line="+230"/>
        <source>Our pause plan</source>
        <translation>Unser Pausenplan</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Make this together, when you&apos;re both calm. Every part is optional and you can change it later. In a fight, each break then starts from what you agree here.</source>
        <translation>Macht das gemeinsam, wenn ihr beide ruhig seid. Jeder Teil ist freiwillig und lässt sich später ändern. Im Streit beginnt dann jede Pause mit dem, was ihr hier vereinbart.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1. Our signal for a pause</source>
        <translation>1. Unser Zeichen für eine Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A word or a gesture either of us may use</source>
        <translation>Ein Wort oder eine Geste, die jede und jeder von uns nutzen darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signal is</source>
        <translation>Das Zeichen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a word we say</source>
        <translation>ein Wort, das wir sagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gesture we make</source>
        <translation>eine Geste, die wir machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. A pause usually lasts</source>
        <translation>2. Eine Pause dauert meist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and never longer than</source>
        <translation>und nie länger als</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Messages during a pause</source>
        <translation>3. Nachrichten während einer Pause</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4. At the return time, who reaches out</source>
        <translation>4. Zur vereinbarten Zeit meldet sich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and how</source>
        <translation>und wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. a knock on the door, a short call</source>
        <translation>z. B. ein Klopfen an der Tür, ein kurzer Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. Each of us (names and tendencies only if you like):</source>
        <translation>5. Jede und jeder von uns (Namen und Neigungen nur, wenn ihr mögt):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>6. How we start again</source>
        <translation>6. Wie wir wieder anfangen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick words you both like, or write your own</source>
        <translation>Wählt Worte, die ihr beide mögt, oder schreibt eigene</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save our plan</source>
        <translation>Unseren Plan speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print or save as PDF…</source>
        <translation>Drucken oder als PDF speichern …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as picture (PNG)…</source>
        <translation>Als Bild speichern (PNG) …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper size:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The saved plan could not be read. Saving here replaces it.</source>
        <translation>Der gespeicherte Plan ließ sich nicht lesen. Wenn ihr hier speichert, wird er ersetzt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan could not be saved: {problem}. Everything is still here.</source>
        <translation>Der Plan konnte nicht gespeichert werden: {problem}. Alles Eingegebene ist noch da.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Each break now starts from this plan.</source>
        <translation>Gespeichert. Jede Pause beginnt jetzt mit diesem Plan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>our-pause-plan</source>
        <translation>unser-pausenplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the card as PDF</source>
        <translation>Karte als PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the card as PNG</source>
        <translation>Karte als PNG speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card could not be saved in {folder}.</source>
        <translation>Die Karte konnte nicht in {folder} gespeichert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The card could not be saved as {path}.</source>
        <translation>Die Karte konnte nicht als {path} gespeichert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card is saved as {path}. Open it to print.</source>
        <translation>Die Karte ist als {path} gespeichert. Öffnet sie zum Drucken.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The card was sent to the printer.</source>
        <translation>Die Karte wurde an den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <location filename="../../companion/ui/pause/progress_ring.py" line="+90"/>
        <source>Time left: {time}</source>
        <translation>Verbleibende Zeit: {time}</translation>
    </message>
</context>
<context>
    <name>QuickCheckin</name>
    <message>
        <location filename="../../companion/ui/pause/quick_checkin.py" line="+32"/>
        <source>How you feel: state and strength</source>
        <translation>Wie es dir geht: Zustand und Stärke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calm enough to talk and listen</source>
        <translation>Ruhig genug, um zu reden und zuzuhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot, tense, wanting to push or win</source>
        <translation>Hitzig, angespannt, will drängen oder gewinnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restless, racing, wanting to leave</source>
        <translation>Unruhig, aufgedreht, will weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numb, heavy, words won&apos;t come</source>
        <translation>Taub, schwer, die Worte kommen nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanting to smooth it over, saying yes while feeling no</source>
        <translation>Will es glätten, sagt Ja und fühlt Nein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How strong (1 gentle, 5 very strong):</source>
        <translation>Wie stark (1 sanft, 5 sehr stark):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strength {n} of 5</source>
        <translation>Stärke {n} von 5</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <location filename="../../companion/ui/pause/return_view.py" line="+68"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your return time passed while Companion was closed. That&apos;s all right: you&apos;re here now, and that counts.</source>
        <translation>Deine Rückkehrzeit ist verstrichen, während Companion geschlossen war. Das ist in Ordnung: Du bist jetzt da, und das zählt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How are you now?</source>
        <translation>Wie geht es dir jetzt?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A gentle way to start again:</source>
        <translation>Ein sanfter Weg, wieder anzufangen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No break is running.</source>
        <translation>Gerade läuft keine Pause.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You said you&apos;d be back at {time}.</source>
        <translation>Du wolltest um {time} zurück sein.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Instead of “{protest}”, try: “{need}”</source>
        <translation>Statt „{protest}“ versuch: „{need}“</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Other words</source>
        <translation>Andere Worte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show other words to start again</source>
        <translation>Andere Worte für den Neuanfang zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the words to start again</source>
        <translation>Die Worte für den Neuanfang kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not yet: back to my countdown</source>
        <translation>Noch nicht: zurück zu meinem Countdown</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish the break</source>
        <translation>Die Pause abschließen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What you wrote while you waited: “{draft}”</source>
        <translation>Was du beim Warten aufgeschrieben hast: „{draft}“</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your partner said they&apos;d be back at {time}.</source>
        <translation>Dein Gegenüber wollte um {time} zurück sein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied. You can paste it into a message.</source>
        <translation>Kopiert. Du kannst es in eine Nachricht einfügen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your return could not be saved yet, so the break is still open: {problem}
How you feel is still here. Press Finish again in a moment.</source>
        <translation>Deine Rückkehr konnte noch nicht gespeichert werden, die Pause ist also noch offen: {problem}
Wie es dir geht, ist noch da. Drück gleich noch einmal auf Abschließen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before the break: {state}, {n} of 5.</source>
        <translation>Vor der Pause: {state}, {n} von 5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now: {state}, {n} of 5.</source>
        <translation>Jetzt: {state}, {n} von 5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You&apos;ve come back to settled. The break helped.</source>
        <translation>Du bist wieder ruhig. Die Pause hat geholfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calmer than before. Your body is settling.</source>
        <translation>Ruhiger als vorher. Dein Körper kommt zur Ruhe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the same as before. Go gently, or take a little more time.</source>
        <translation>Etwa wie vorher. Geh behutsam vor, oder nimm dir noch etwas Zeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stronger than before. It&apos;s fine to ask for more time before you talk.</source>
        <translation>Stärker als vorher. Es ist in Ordnung, um mehr Zeit zu bitten, bevor ihr redet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different state from before, about as strong.</source>
        <translation>Ein anderer Zustand als vorher, etwa gleich stark.</translation>
    </message>
</context>
<context>
    <name>SaidWords</name>
    <message>
        <location filename="../../companion/ui/pause/said_words.py" line="+44"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these words, to send them as a message</source>
        <translation>Diese Worte kopieren, um sie als Nachricht zu schicken</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What you said when asking for more time:</source>
        <translation>Was du gesagt hast, als du um mehr Zeit gebeten hast:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you said when you left:</source>
        <translation>Was du beim Gehen gesagt hast:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy: {words}</source>
        <translation>Kopieren: {words}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. You can paste it into a message.</source>
        <translation>Kopiert. Du kannst es in eine Nachricht einfügen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Earlier words ({n})</source>
        <translation>Frühere Worte ({n})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../companion/ui/shell/settings_dialog.py" line="+58"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Put every setting here back as it was at first (until OK)</source>
        <translation>Alle Einstellungen hier auf den Anfangszustand zurücksetzen (gilt erst mit OK)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reduce motion (no growing and shrinking)</source>
        <translation>&amp;Bewegung reduzieren (kein Wachsen und Schrumpfen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twenty minutes or more gives the body time to calm down.</source>
        <translation>Zwanzig Minuten oder mehr geben dem Körper Zeit, sich zu beruhigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;break length:</source>
        <translation>Übliche &amp;Pausenlänge:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;mind me to practise each day</source>
        <translation>&amp;Jeden Tag ans Üben erinnern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;At:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reminder comes while Companion is running, and not on days you have already practised.</source>
        <translation>Die Erinnerung kommt, solange Companion läuft, und nicht an Tagen, an denen du schon geübt hast.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart Companion when I log in</source>
        <translation>Companion beim Anmelden &amp;starten</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../companion/ui/pause/share_dialog.py" line="+59"/>
        <source>Save the return time to a calendar file</source>
        <translation>Die Rückkehrzeit als Kalenderdatei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Share the return time</source>
        <translation>Die Rückkehrzeit teilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your partner can scan this with a phone camera, or open the calendar file, to see when you&apos;ll be back. Nothing is sent anywhere.</source>
        <translation>Dein Gegenüber kann das mit der Handykamera scannen oder die Kalenderdatei öffnen und sieht dann, wann du zurück bist. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QR code of the words below</source>
        <translation>QR-Code der Worte darunter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show as QR code</source>
        <translation>Als QR-Code zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar…</source>
        <translation>In den Kalender eintragen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I&apos;ll be back at {time}.</source>
        <translation>Ich bin um {time} zurück.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back together</source>
        <translation>Wieder zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your partner will be back in 5 minutes</source>
        <translation>Dein Gegenüber ist in 5 Minuten zurück</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>return-time.ics</source>
        <translation>rueckkehrzeit.ics</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The calendar file could not be saved: {reason}</source>
        <translation>Die Kalenderdatei konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>SoundOutput</name>
    <message>
        <location filename="../../companion/audio/messages.py" line="+33"/>
        <source>Sound is off because the PortAudio sound library is missing. Install it (on Debian or Ubuntu: sudo apt install libportaudio2), then press Retry.</source>
        <extracomment>The translation context of every message below; ``status_message`` translates with it.</extracomment>
        <translation>Der Ton ist aus, weil die Tonbibliothek PortAudio fehlt. Installiere sie (unter Debian oder Ubuntu: sudo apt install libportaudio2) und drücke dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound is off because no speakers or headphones were found. Connect some, then press Retry.</source>
        <translation>Der Ton ist aus, weil keine Lautsprecher oder Kopfhörer gefunden wurden. Schließ welche an und drücke dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sound is off because the chosen sound device is not available. Choose another one, or connect it and press Retry.</source>
        <translation>Der Ton ist aus, weil das gewählte Tongerät nicht verfügbar ist. Wähle ein anderes oder schließ es an und drücke „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound is off because the sound device could not be opened ({detail}). Choose another device or press Retry.</source>
        <translation>Der Ton ist aus, weil das Tongerät nicht geöffnet werden konnte ({detail}). Wähle ein anderes Gerät oder drücke „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound stopped because the sound device went away. Reconnect it or choose another, then press Retry. The breathing guide carries on without sound.</source>
        <translation>Der Ton ist verstummt, weil das Tongerät verschwunden ist. Schließ es wieder an oder wähle ein anderes und drücke dann „Erneut versuchen“. Die Atemführung läuft ohne Ton weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound is paused because the sound system is not answering. The breathing guide carries on, and sound comes back by itself when the system answers again.</source>
        <translation>Der Ton pausiert, weil das Tonsystem nicht antwortet. Die Atemführung läuft weiter, und der Ton kommt von selbst zurück, sobald das System wieder antwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reason given</source>
        <extracomment>Stands in for the device&apos;s own words when it gave none.</extracomment>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <location filename="../../companion/ui/shell/sound_settings.py" line="+54"/>
        <source>Play sound cues with the breathing guide</source>
        <translation>Tonsignale zur Atemführung abspielen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Soft tones (rise in, fall out)</source>
        <translation>Sanfte Töne (steigend beim Ein-, fallend beim Ausatmen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bells (high in, low out)</source>
        <translation>Glocken (hell beim Ein-, tief beim Ausatmen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breath sounds</source>
        <translation>Atemgeräusche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound style</source>
        <translation>Klangart</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Mark in and out by taps too (one in, two out)</source>
        <translation>Ein und Aus zusätzlich mit Klopfzeichen markieren (eins beim Ein, zwei beim Aus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helps to follow with eyes closed: the taps count the phase for you.</source>
        <translation>Hilft, mit geschlossenen Augen zu folgen: Die Klopfzeichen zeigen die Phase an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+47"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Sound device</source>
        <translation>Tongerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test sound</source>
        <translation>Ton testen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Style</source>
        <translation>Klangart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The sound skipped %n time(s). If that is distracting, try another device.</source>
        <translation>
            <numerusform>Der Ton ist %n Mal ausgesetzt. Wenn dich das stört, versuch ein anderes Gerät.</numerusform>
            <numerusform>Der Ton ist %n Mal ausgesetzt. Wenn dich das stört, versuch ein anderes Gerät.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageProblem</name>
    <message>
        <location filename="../../companion/ui/shell/labels.py" line="+72"/>
        <source>Another program is using Companion&apos;s data right now, so nothing was changed. Close it and try again.</source>
        <extracomment>The translation context of the presets&apos; names. The core keeps their English names (stored in the practice log; packaging/extract_strings.py lists them for the translation tools). The translation context of the situation and tag labels of ``companion.core.states`` (the history&apos;s, where they were first translated; packaging/extract_strings.py lists them). The translation context of a pattern&apos;s problems (``companion.core.breath_pattern``).</extracomment>
        <translation>Ein anderes Programm benutzt gerade die Daten von Companion, deshalb wurde nichts geändert. Schließ es und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Der Speicher ist voll, deshalb wurde nichts geändert. Mach etwas Platz frei und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Companion&apos;s data folder cannot be written to, so nothing was changed.</source>
        <translation>In den Datenordner von Companion lässt sich nicht schreiben, deshalb wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something saved already has this name, so nothing was changed. Choose another name.</source>
        <translation>Etwas Gespeichertes trägt schon diesen Namen, deshalb wurde nichts geändert. Wähl einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This could not be saved, so nothing was changed. Try again in a moment.</source>
        <translation>Das ließ sich nicht speichern, deshalb wurde nichts geändert. Versuch es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>TimeEntry</name>
    <message>
        <location filename="../../companion/ui/pause/time_input.py" line="+86"/>
        <source>Your own length or time:</source>
        <translation>Eigene Dauer oder Uhrzeit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or type a length or a time: 1h 15m, 19:30</source>
        <translation>oder gib eine Dauer oder eine Uhrzeit ein: 1h 15m, 19:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the break, or the time to be back</source>
        <translation>Dauer der Pause oder die Uhrzeit, zu der du zurück bist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes, tomorrow</source>
        <translation>Ja, morgen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>That time has already passed today. Be back at {time}?</source>
        <translation>Diese Uhrzeit ist heute schon vorbei. Zurück um {time}?</translation>
    </message>
</context>
<context>
    <name>WaitingCountdown</name>
    <message>
        <location filename="../../companion/ui/pause/waiting_view.py" line="+92"/>
        <source>They named a time, so this pause is a promise to come back, not a goodbye. They are stepping away so the two of you can talk better, not to leave you.</source>
        <translation>Es wurde eine Zeit genannt: Diese Pause ist ein Versprechen zurückzukommen, kein Abschied. Dein Gegenüber geht kurz weg, damit ihr besser miteinander reden könnt, nicht um dich zu verlassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write it here instead of sending it:</source>
        <translation>Schreib es hier auf, statt es abzuschicken:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you want to say</source>
        <translation>Was du sagen möchtest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep it here</source>
        <translation>Hier aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved on this computer only (Ctrl+Enter)</source>
        <translation>Nur auf diesem Computer gespeichert (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept here, for when they are back:</source>
        <translation>Hier aufbewahrt, für wenn dein Gegenüber zurück ist:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you kept here</source>
        <translation>Was du hier aufbewahrt hast</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If they ask for more time:</source>
        <translation>Falls um mehr Zeit gebeten wird:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+10 min</source>
        <translation>+10 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+20 min</source>
        <translation>+20 Min.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their new message</source>
        <translation>Die neue Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or paste their new message</source>
        <translation>oder die neue Nachricht hier einfügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find the new time</source>
        <translation>Neue Zeit finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the new time</source>
        <translation>Neue Zeit übernehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop waiting</source>
        <translation>Warten beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this wait; it is recorded as called off</source>
        <translation>Dieses Warten beenden; es wird als abgebrochen festgehalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They&apos;re back</source>
        <translation>Wieder da</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>They said they&apos;d be back at {time}</source>
        <translation>Zurück um {time}, so war es gesagt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your partner said they would be back about now. Give them a little time; a few minutes either way is all right.</source>
        <translation>Dein Gegenüber wollte ungefähr jetzt zurück sein. Lass ein wenig Zeit; ein paar Minuten früher oder später sind in Ordnung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nearly time. Let your breath slow down before they come back.</source>
        <translation>Gleich ist es so weit. Lass deinen Atem ruhiger werden, bevor dein Gegenüber zurückkommt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While you wait:
• Let your messages wait here: no following, no texting again.
• Do something that takes your attention: a walk, a task, music.
• Breathe with a longer breath out.
• The time is set: {time}. You don&apos;t need to check.</source>
        <translation>Während du wartest:
• Lass deine Nachrichten hier warten: nicht hinterhergehen, nicht noch einmal schreiben.
• Tu etwas, das deine Aufmerksamkeit bindet: ein Spaziergang, eine Aufgabe, Musik.
• Atme mit einem längeren Ausatmen.
• Die Zeit steht fest: {time}. Du musst nicht nachsehen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not kept yet: {problem}</source>
        <translation>Noch nicht aufbewahrt: {problem}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New time: back at {time}. Use it?</source>
        <translation>Neue Zeit: zurück um {time}. Übernehmen?</translation>
    </message>
</context>
<context>
    <name>WaitingService</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-191"/>
        <source>Paste the message your partner sent, or type the time they gave.</source>
        <translation>Füge die Nachricht deines Gegenübers ein oder tippe die genannte Zeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message has more than one time in it, so Companion won&apos;t guess. Type the time your partner said they&apos;d be back, like 19:30 or 20 min.</source>
        <translation>In dieser Nachricht steht mehr als eine Zeit, deshalb rät Companion nicht. Tippe die Zeit, zu der dein Gegenüber zurück sein wollte, etwa 19:30 oder 20 min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No return time found in this message. Type the time your partner said they&apos;d be back, like 19:30 or 20 min.</source>
        <translation>In dieser Nachricht wurde keine Rückkehrzeit gefunden. Tippe die Zeit, zu der dein Gegenüber zurück sein wollte, etwa 19:30 oder 20 min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your partner is nearly back</source>
        <translation>Dein Gegenüber ist bald zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} until {time}, the time your partner said they&apos;d be back.</source>
        <translation>Noch {amount} bis {time}, der Zeit, zu der dein Gegenüber zurück sein wollte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It&apos;s about {time}</source>
        <translation>Es ist ungefähr {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your partner said they&apos;d be back about now. Give them a moment; a few minutes either way is all right.</source>
        <translation>Dein Gegenüber wollte ungefähr jetzt zurück sein. Lass einen Moment Zeit; ein paar Minuten früher oder später sind in Ordnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} could not be read: {reason}</source>
        <translation>Die Datei {name} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No return time found in this file. Type the time instead.</source>
        <translation>In dieser Datei wurde keine Rückkehrzeit gefunden. Tippe die Zeit stattdessen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time has already passed.</source>
        <translation>Diese Zeit ist schon vorbei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time is more than a day away.</source>
        <translation>Diese Zeit liegt mehr als einen Tag entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That isn&apos;t later than {time}, the time already set.</source>
        <translation>Das ist nicht später als {time}, die schon festgelegte Zeit.</translation>
    </message>
</context>
<context>
    <name>WaitingSetup</name>
    <message>
        <location filename="../../companion/ui/pause/waiting_setup.py" line="+50"/>
        <source>Your partner is taking a break</source>
        <translation>Dein Gegenüber macht eine Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pause with a time is a promise to come back, not a goodbye. Set the time they gave, and Companion keeps it with you.</source>
        <translation>Eine Pause mit einer Uhrzeit ist ein Versprechen zurückzukommen, kein Abschied. Trag die genannte Zeit ein, und Companion behält sie mit dir im Blick.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When did they say they&apos;d be back?</source>
        <translation>Wann wollte dein Gegenüber zurück sein?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>like 19:30 or 20 min</source>
        <translation>etwa 19:30 oder 20 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your partner will be back</source>
        <translation>Wann dein Gegenüber zurück ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this time</source>
        <translation>Diese Zeit übernehmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Or paste the message they sent:</source>
        <translation>Oder füge die Nachricht ein, die du bekommen hast:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your partner&apos;s message</source>
        <translation>Die Nachricht deines Gegenübers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find the time</source>
        <translation>Zeit finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the return time in the message (Ctrl+Enter)</source>
        <translation>Die Rückkehrzeit in der Nachricht finden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a calendar file…</source>
        <translation>Kalenderdatei öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A calendar file your partner shared; or drop it here</source>
        <translation>Eine Kalenderdatei von deinem Gegenüber; oder zieh sie hierher</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a calendar file</source>
        <translation>Kalenderdatei öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the time they gave, or paste their message.</source>
        <translation>Tippe die genannte Zeit oder füge die Nachricht ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A break is already running.</source>
        <translation>Es läuft schon eine Pause.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Back at {time}, {amount} from now.</source>
        <translation>Zurück um {time}, in {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back at {time}.</source>
        <translation>Zurück um {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from “{words}”.</source>
        <translation>Gelesen aus „{words}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this time?</source>
        <translation>Diese Zeit übernehmen?</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../companion/ui/shell/welcome.py" line="+33"/>
        <source>Where would you like to start?</source>
        <translation>Womit möchtest du anfangen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I need a break now</source>
        <translation>Ich brauche jetzt eine Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go straight to starting a break</source>
        <translation>Direkt eine Pause beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make our pause plan together</source>
        <translation>Gemeinsam unseren Pausenplan machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a calm moment: agree how you will pause, then print it</source>
        <translation>Für einen ruhigen Moment: vereinbart, wie ihr pausiert, und druckt es aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe for a few minutes</source>
        <translation>Ein paar Minuten atmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaks are for heated talks between people who are safe with each other. If there is abuse or you are in danger, a break is not the tool: go somewhere safe and get help. &lt;a href=&quot;help&quot;&gt;Read more in Help&lt;/a&gt;.</source>
        <translation>Pausen sind für hitzige Gespräche zwischen Menschen, die miteinander sicher sind. Bei Gewalt oder wenn du in Gefahr bist, ist eine Pause nicht das Richtige: Geh an einen sicheren Ort und hol dir Hilfe. &lt;a href=&quot;help&quot;&gt;Mehr dazu in der Hilfe&lt;/a&gt;.</translation>
    </message>
</context>
</TS>
