<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s) could not be loaded. The others are ready to use.</source>
        <translation>
            <numerusform>%n routine file could not be loaded. The others are ready to use.</numerusform>
            <numerusform>%n routine files could not be loaded. The others are ready to use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Get ready: the timer starts in %n s</source>
        <translation>
            <numerusform>Get ready: the timer starts in %n s</numerusform>
            <numerusform>Get ready: the timer starts in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n of the last 14 days.</source>
        <translation>
            <numerusform>Measured on %n of the last 14 days.</numerusform>
            <numerusform>Measured on %n of the last 14 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
